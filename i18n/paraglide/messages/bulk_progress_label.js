/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Bulk_Progress_LabelInputs */

const en_bulk_progress_label = /** @type {(inputs: Bulk_Progress_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changes applied`)
};

const de_bulk_progress_label = /** @type {(inputs: Bulk_Progress_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Angewendete Änderungen`)
};

const fr_bulk_progress_label = /** @type {(inputs: Bulk_Progress_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Modifications appliquées`)
};

/**
* | output |
* | --- |
* | "Changes applied" |
*
* @param {Bulk_Progress_LabelInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const bulk_progress_label = /** @type {((inputs?: Bulk_Progress_LabelInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Bulk_Progress_LabelInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_bulk_progress_label(inputs)
	if (locale === "fr") return fr_bulk_progress_label(inputs)
	return en_bulk_progress_label(inputs)
});