/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Invite_DismissInputs */

const en_invite_dismiss = /** @type {(inputs: Invite_DismissInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Dismiss: ${i?.name}`)
};

const de_invite_dismiss = /** @type {(inputs: Invite_DismissInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Schließen: ${i?.name}`)
};

const fr_invite_dismiss = /** @type {(inputs: Invite_DismissInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fermer : ${i?.name}`)
};

/**
* | output |
* | --- |
* | "Dismiss: {name}" |
*
* @param {Invite_DismissInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const invite_dismiss = /** @type {((inputs: Invite_DismissInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_DismissInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_invite_dismiss(inputs)
	if (locale === "fr") return fr_invite_dismiss(inputs)
	return en_invite_dismiss(inputs)
});