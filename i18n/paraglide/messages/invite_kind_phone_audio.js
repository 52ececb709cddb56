/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_Kind_Phone_AudioInputs */

const en_invite_kind_phone_audio = /** @type {(inputs: Invite_Kind_Phone_AudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Phone call`)
};

const de_invite_kind_phone_audio = /** @type {(inputs: Invite_Kind_Phone_AudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Telefonanruf`)
};

const fr_invite_kind_phone_audio = /** @type {(inputs: Invite_Kind_Phone_AudioInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Appel téléphonique`)
};

/**
* | output |
* | --- |
* | "Phone call" |
*
* @param {Invite_Kind_Phone_AudioInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_kind_phone_audio = /** @type {((inputs?: Invite_Kind_Phone_AudioInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Kind_Phone_AudioInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_kind_phone_audio(inputs)
	if (locale === "fr") return fr_invite_kind_phone_audio(inputs)
	return en_invite_kind_phone_audio(inputs)
});