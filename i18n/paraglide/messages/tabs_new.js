/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Tabs_NewInputs */

const en_tabs_new = /** @type {(inputs: Tabs_NewInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const shown = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} new`);
	return /** @type {LocalizedString} */ (`${shown} new`)
	
};

const de_tabs_new = /** @type {(inputs: Tabs_NewInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const shown = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} neu`);
	return /** @type {LocalizedString} */ (`${shown} neu`)
	
};

const fr_tabs_new = /** @type {(inputs: Tabs_NewInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const shown = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${shown} nouveau`);
	return /** @type {LocalizedString} */ (`${shown} nouveaux`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{shown} new" |
* | * | "{shown} new" |
*
* @param {Tabs_NewInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_new = /** @type {((inputs: Tabs_NewInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tabs_NewInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tabs_new(inputs)
	if (locale === "fr") return fr_tabs_new(inputs)
	return en_tabs_new(inputs)
});