/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tabs_InvitationsInputs */

const en_tabs_invitations = /** @type {(inputs: Tabs_InvitationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invitations`)
};

const de_tabs_invitations = /** @type {(inputs: Tabs_InvitationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Einladungen`)
};

const fr_tabs_invitations = /** @type {(inputs: Tabs_InvitationsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invitations`)
};

/**
* | output |
* | --- |
* | "Invitations" |
*
* @param {Tabs_InvitationsInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const tabs_invitations = /** @type {((inputs?: Tabs_InvitationsInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tabs_InvitationsInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_tabs_invitations(inputs)
	if (locale === "fr") return fr_tabs_invitations(inputs)
	return en_tabs_invitations(inputs)
});