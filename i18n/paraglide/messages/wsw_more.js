/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Wsw_MoreInputs */

const en_wsw_more = /** @type {(inputs: Wsw_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`and ${shown} more (search them in Contacts)`);
	return /** @type {LocalizedString} */ (`and ${shown} more (search them in Contacts)`)
	
};

const de_wsw_more = /** @type {(inputs: Wsw_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`und ${shown} weitere Person (in „Kontakte“ suchen)`);
	return /** @type {LocalizedString} */ (`und ${shown} weitere Personen (in „Kontakte“ suchen)`)
	
};

const fr_wsw_more = /** @type {(inputs: Wsw_MoreInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`et ${shown} autre personne (à chercher dans Contacts)`);
	return /** @type {LocalizedString} */ (`et ${shown} autres personnes (à chercher dans Contacts)`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "and {shown} more (search them in Contacts)" |
* | * | "and {shown} more (search them in Contacts)" |
*
* @param {Wsw_MoreInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_more = /** @type {((inputs: Wsw_MoreInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_MoreInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_more(inputs)
	if (locale === "fr") return fr_wsw_more(inputs)
	return en_wsw_more(inputs)
});