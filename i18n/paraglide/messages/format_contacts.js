/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, n: NonNullable<unknown> }} Format_ContactsInputs */

const en_format_contacts = /** @type {(inputs: Format_ContactsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} contact`);
	return /** @type {LocalizedString} */ (`${i?.n} contacts`)
	
};

const de_format_contacts = /** @type {(inputs: Format_ContactsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} Kontakt`);
	return /** @type {LocalizedString} */ (`${i?.n} Kontakte`)
	
};

const fr_format_contacts = /** @type {(inputs: Format_ContactsInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} contact`);
	return /** @type {LocalizedString} */ (`${i?.n} contacts`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} contact" |
* | * | "{n} contacts" |
*
* @param {Format_ContactsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const format_contacts = /** @type {((inputs: Format_ContactsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Format_ContactsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_format_contacts(inputs)
	if (locale === "fr") return fr_format_contacts(inputs)
	return en_format_contacts(inputs)
});