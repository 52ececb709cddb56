/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Privacy_SavingInputs */

const en_privacy_saving = /** @type {(inputs: Privacy_SavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— saving…`)
};

const de_privacy_saving = /** @type {(inputs: Privacy_SavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— wird gespeichert…`)
};

const fr_privacy_saving = /** @type {(inputs: Privacy_SavingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— enregistrement…`)
};

/**
* | output |
* | --- |
* | "— saving…" |
*
* @param {Privacy_SavingInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const privacy_saving = /** @type {((inputs?: Privacy_SavingInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Privacy_SavingInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_privacy_saving(inputs)
	if (locale === "fr") return fr_privacy_saving(inputs)
	return en_privacy_saving(inputs)
});