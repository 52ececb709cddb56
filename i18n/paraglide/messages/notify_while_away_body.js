/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ list: NonNullable<unknown>, since: NonNullable<unknown>, until: NonNullable<unknown> }} Notify_While_Away_BodyInputs */

const en_notify_while_away_body = /** @type {(inputs: Notify_While_Away_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}. Changed between ${i?.since} and ${i?.until}.`)
};

const de_notify_while_away_body = /** @type {(inputs: Notify_While_Away_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}. Geändert zwischen ${i?.since} und ${i?.until}.`)
};

const fr_notify_while_away_body = /** @type {(inputs: Notify_While_Away_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.list}. Modifié entre ${i?.since} et ${i?.until}.`)
};

/**
* | output |
* | --- |
* | "{list}. Changed between {since} and {until}." |
*
* @param {Notify_While_Away_BodyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const notify_while_away_body = /** @type {((inputs: Notify_While_Away_BodyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notify_While_Away_BodyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_notify_while_away_body(inputs)
	if (locale === "fr") return fr_notify_while_away_body(inputs)
	return en_notify_while_away_body(inputs)
});