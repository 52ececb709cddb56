/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ reason: NonNullable<unknown> }} Groups_Members_UnreadInputs */

const en_groups_members_unread = /** @type {(inputs: Groups_Members_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The members could not be read: ${i?.reason}`)
};

const de_groups_members_unread = /** @type {(inputs: Groups_Members_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Die Mitglieder konnten nicht gelesen werden: ${i?.reason}`)
};

const fr_groups_members_unread = /** @type {(inputs: Groups_Members_UnreadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Impossible de lire les membres : ${i?.reason}`)
};

/**
* | output |
* | --- |
* | "The members could not be read: {reason}" |
*
* @param {Groups_Members_UnreadInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const groups_members_unread = /** @type {((inputs: Groups_Members_UnreadInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Groups_Members_UnreadInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_groups_members_unread(inputs)
	if (locale === "fr") return fr_groups_members_unread(inputs)
	return en_groups_members_unread(inputs)
});