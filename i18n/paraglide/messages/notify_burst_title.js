/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Notify_Burst_TitleInputs */

const en_notify_burst_title = /** @type {(inputs: Notify_Burst_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} relationship changed from another device`);
	return /** @type {LocalizedString} */ (`${i?.count} relationships changed from another device`)
	
};

const de_notify_burst_title = /** @type {(inputs: Notify_Burst_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} Beziehung auf einem anderen Gerät geändert`);
	return /** @type {LocalizedString} */ (`${i?.count} Beziehungen auf einem anderen Gerät geändert`)
	
};

const fr_notify_burst_title = /** @type {(inputs: Notify_Burst_TitleInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${i?.count} relation modifiée depuis un autre appareil`);
	return /** @type {LocalizedString} */ (`${i?.count} relations modifiées depuis un autre appareil`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{count} relationship changed from another device" |
* | * | "{count} relationships changed from another device" |
*
* @param {Notify_Burst_TitleInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_burst_title = /** @type {((inputs: Notify_Burst_TitleInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Burst_TitleInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_burst_title(inputs)
	if (locale === "fr") return fr_notify_burst_title(inputs)
	return en_notify_burst_title(inputs)
});