/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Store_Now_Blocked_ManyInputs */

const en_store_now_blocked_many = /** @type {(inputs: Store_Now_Blocked_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} contact now blocked`);
	return /** @type {LocalizedString} */ (`${shown} contacts now blocked`)
	
};

const de_store_now_blocked_many = /** @type {(inputs: Store_Now_Blocked_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} Kontakt jetzt blockiert`);
	return /** @type {LocalizedString} */ (`${shown} Kontakte jetzt blockiert`)
	
};

const fr_store_now_blocked_many = /** @type {(inputs: Store_Now_Blocked_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} contact désormais bloqué`);
	return /** @type {LocalizedString} */ (`${shown} contacts désormais bloqués`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} contact now blocked" |
* | * | "{shown} contacts now blocked" |
*
* @param {Store_Now_Blocked_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_now_blocked_many = /** @type {((inputs: Store_Now_Blocked_ManyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Now_Blocked_ManyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_now_blocked_many(inputs)
	if (locale === "fr") return fr_store_now_blocked_many(inputs)
	return en_store_now_blocked_many(inputs)
});