/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Wsw_ContactsInputs */

const en_wsw_contacts = /** @type {(inputs: Wsw_ContactsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} contact`);
	return /** @type {LocalizedString} */ (`${shown} contacts`)
	
};

const de_wsw_contacts = /** @type {(inputs: Wsw_ContactsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} Kontakt`);
	return /** @type {LocalizedString} */ (`${shown} Kontakte`)
	
};

const fr_wsw_contacts = /** @type {(inputs: Wsw_ContactsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} contact`);
	return /** @type {LocalizedString} */ (`${shown} contacts`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} contact" |
* | * | "{shown} contacts" |
*
* @param {Wsw_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const wsw_contacts = /** @type {((inputs: Wsw_ContactsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Wsw_ContactsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_wsw_contacts(inputs)
	if (locale === "fr") return fr_wsw_contacts(inputs)
	return en_wsw_contacts(inputs)
});