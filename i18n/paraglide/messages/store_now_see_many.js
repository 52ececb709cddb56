/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown>, level: NonNullable<unknown> }} Store_Now_See_ManyInputs */

const en_store_now_see_many = /** @type {(inputs: Store_Now_See_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} contact now sees ${i?.level} info`);
	return /** @type {LocalizedString} */ (`${shown} contacts now see ${i?.level} info`)
	
};

const de_store_now_see_many = /** @type {(inputs: Store_Now_See_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} Kontakt sieht jetzt Infos für ${i?.level}`);
	return /** @type {LocalizedString} */ (`${shown} Kontakte sehen jetzt Infos für ${i?.level}`)
	
};

const fr_store_now_see_many = /** @type {(inputs: Store_Now_See_ManyInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} contact voit maintenant les infos ${i?.level}`);
	return /** @type {LocalizedString} */ (`${shown} contacts voient maintenant les infos ${i?.level}`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} contact now sees {level} info" |
* | * | "{shown} contacts now see {level} info" |
*
* @param {Store_Now_See_ManyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_now_see_many = /** @type {((inputs: Store_Now_See_ManyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Now_See_ManyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_now_see_many(inputs)
	if (locale === "fr") return fr_store_now_see_many(inputs)
	return en_store_now_see_many(inputs)
});