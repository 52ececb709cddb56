/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Wsw_UnknownInputs */

const en_wsw_unknown = /** @type {(inputs: Wsw_UnknownInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`The server did not say the level of ${shown} contact: they are not counted below.`);
	return /** @type {LocalizedString} */ (`The server did not say the level of ${shown} contacts: they are not counted below.`)
	
};

const de_wsw_unknown = /** @type {(inputs: Wsw_UnknownInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Der Server hat die Stufe von ${shown} Kontakt nicht angegeben: Er wird unten nicht mitgezählt.`);
	return /** @type {LocalizedString} */ (`Der Server hat die Stufe von ${shown} Kontakten nicht angegeben: Sie werden unten nicht mitgezählt.`)
	
};

const fr_wsw_unknown = /** @type {(inputs: Wsw_UnknownInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Le serveur n’a pas indiqué le niveau de ${shown} contact : il n’est pas compté ci-dessous.`);
	return /** @type {LocalizedString} */ (`Le serveur n’a pas indiqué le niveau de ${shown} contacts : ils ne sont pas comptés ci-dessous.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "The server did not say the level of {shown} contact: they are not counted below." |
* | * | "The server did not say the level of {shown} contacts: they are not counted below." |
*
* @param {Wsw_UnknownInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_unknown = /** @type {((inputs: Wsw_UnknownInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_UnknownInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_unknown(inputs)
	if (locale === "fr") return fr_wsw_unknown(inputs)
	return en_wsw_unknown(inputs)
});