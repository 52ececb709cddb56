/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ subject: NonNullable<unknown> }} Invite_SubjectInputs */

const en_invite_subject = /** @type {(inputs: Invite_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.subject}”`)
};

const de_invite_subject = /** @type {(inputs: Invite_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`„${i?.subject}“`)
};

const fr_invite_subject = /** @type {(inputs: Invite_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`« ${i?.subject} »`)
};

/**
* | output |
* | --- |
* | "“{subject}”" |
*
* @param {Invite_SubjectInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_subject = /** @type {((inputs: Invite_SubjectInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_SubjectInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_subject(inputs)
	if (locale === "fr") return fr_invite_subject(inputs)
	return en_invite_subject(inputs)
});