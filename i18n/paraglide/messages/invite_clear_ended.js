/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Invite_Clear_EndedInputs */

const en_invite_clear_ended = /** @type {(inputs: Invite_Clear_EndedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Clear ended (${i?.n})`)
};

const de_invite_clear_ended = /** @type {(inputs: Invite_Clear_EndedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Beendete entfernen (${i?.n})`)
};

const fr_invite_clear_ended = /** @type {(inputs: Invite_Clear_EndedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Effacer les terminées (${i?.n})`)
};

/**
* | output |
* | --- |
* | "Clear ended ({n})" |
*
* @param {Invite_Clear_EndedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_clear_ended = /** @type {((inputs: Invite_Clear_EndedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Clear_EndedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_clear_ended(inputs)
	if (locale === "fr") return fr_invite_clear_ended(inputs)
	return en_invite_clear_ended(inputs)
});