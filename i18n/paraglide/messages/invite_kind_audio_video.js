/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_Kind_Audio_VideoInputs */

const en_invite_kind_audio_video = /** @type {(inputs: Invite_Kind_Audio_VideoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Call`)
};

const de_invite_kind_audio_video = /** @type {(inputs: Invite_Kind_Audio_VideoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anruf`)
};

const fr_invite_kind_audio_video = /** @type {(inputs: Invite_Kind_Audio_VideoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Appel`)
};

/**
* | output |
* | --- |
* | "Call" |
*
* @param {Invite_Kind_Audio_VideoInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_kind_audio_video = /** @type {((inputs?: Invite_Kind_Audio_VideoInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Kind_Audio_VideoInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_kind_audio_video(inputs)
	if (locale === "fr") return fr_invite_kind_audio_video(inputs)
	return en_invite_kind_audio_video(inputs)
});