/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ user: NonNullable<unknown> }} App_User_DemoInputs */

const en_app_user_demo = /** @type {(inputs: App_User_DemoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.user} · demo`)
};

const de_app_user_demo = /** @type {(inputs: App_User_DemoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.user} · Demo`)
};

const fr_app_user_demo = /** @type {(inputs: App_User_DemoInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.user} · démo`)
};

/**
* | output |
* | --- |
* | "{user} · demo" |
*
* @param {App_User_DemoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const app_user_demo = /** @type {((inputs: App_User_DemoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<App_User_DemoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_app_user_demo(inputs)
	if (locale === "fr") return fr_app_user_demo(inputs)
	return en_app_user_demo(inputs)
});