/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Tabs_RingingInputs */

const en_tabs_ringing = /** @type {(inputs: Tabs_RingingInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} ringing`);
	return /** @type {LocalizedString} */ (`${shown} ringing`)
	
};

const de_tabs_ringing = /** @type {(inputs: Tabs_RingingInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} klingelt`);
	return /** @type {LocalizedString} */ (`${shown} klingeln`)
	
};

const fr_tabs_ringing = /** @type {(inputs: Tabs_RingingInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} sonne`);
	return /** @type {LocalizedString} */ (`${shown} sonnent`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} ringing" |
* | * | "{shown} ringing" |
*
* @param {Tabs_RingingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_ringing = /** @type {((inputs: Tabs_RingingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tabs_RingingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tabs_ringing(inputs)
	if (locale === "fr") return fr_tabs_ringing(inputs)
	return en_tabs_ringing(inputs)
});