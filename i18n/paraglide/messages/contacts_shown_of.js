/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, n: NonNullable<unknown>, total: NonNullable<unknown> }} Contacts_Shown_OfInputs */

const en_contacts_shown_of = /** @type {(inputs: Contacts_Shown_OfInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} contact of ${i?.total}`);
	return /** @type {LocalizedString} */ (`${i?.n} contacts of ${i?.total}`)
	
};

const de_contacts_shown_of = /** @type {(inputs: Contacts_Shown_OfInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} Kontakt von ${i?.total}`);
	return /** @type {LocalizedString} */ (`${i?.n} Kontakte von ${i?.total}`)
	
};

const fr_contacts_shown_of = /** @type {(inputs: Contacts_Shown_OfInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.n} contact sur ${i?.total}`);
	return /** @type {LocalizedString} */ (`${i?.n} contacts sur ${i?.total}`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} contact of {total}" |
* | * | "{n} contacts of {total}" |
*
* @param {Contacts_Shown_OfInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contacts_shown_of = /** @type {((inputs: Contacts_Shown_OfInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contacts_Shown_OfInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contacts_shown_of(inputs)
	if (locale === "fr") return fr_contacts_shown_of(inputs)
	return en_contacts_shown_of(inputs)
});