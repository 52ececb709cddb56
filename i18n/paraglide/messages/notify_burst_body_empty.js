/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Notify_Burst_Body_EmptyInputs */

const en_notify_burst_body_empty = /** @type {(inputs: Notify_Burst_Body_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open Activity to see them.`)
};

const de_notify_burst_body_empty = /** @type {(inputs: Notify_Burst_Body_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Öffnen Sie „Aktivität“, um sie zu sehen.`)
};

const fr_notify_burst_body_empty = /** @type {(inputs: Notify_Burst_Body_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ouvrez Activité pour les voir.`)
};

/**
* | output |
* | --- |
* | "Open Activity to see them." |
*
* @param {Notify_Burst_Body_EmptyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_burst_body_empty = /** @type {((inputs?: Notify_Burst_Body_EmptyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_Burst_Body_EmptyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_burst_body_empty(inputs)
	if (locale === "fr") return fr_notify_burst_body_empty(inputs)
	return en_notify_burst_body_empty(inputs)
});