/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_ConflictInputs */

const en_error_conflict = /** @type {(inputs: Error_ConflictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The change conflicts with the current state on the server. Try again.`)
};

const de_error_conflict = /** @type {(inputs: Error_ConflictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Änderung widerspricht dem aktuellen Stand auf dem Server. Versuchen Sie es erneut.`)
};

const fr_error_conflict = /** @type {(inputs: Error_ConflictInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La modification est en conflit avec l’état actuel sur le serveur. Réessayez.`)
};

/**
* | output |
* | --- |
* | "The change conflicts with the current state on the server. Try again." |
*
* @param {Error_ConflictInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const error_conflict = /** @type {((inputs?: Error_ConflictInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_ConflictInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_error_conflict(inputs)
	if (locale === "fr") return fr_error_conflict(inputs)
	return en_error_conflict(inputs)
});