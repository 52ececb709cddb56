/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Passive_ClosedInputs */

const en_passive_closed = /** @type {(inputs: Passive_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The sign-in page was closed.`)
};

const de_passive_closed = /** @type {(inputs: Passive_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Anmeldeseite wurde geschlossen.`)
};

const fr_passive_closed = /** @type {(inputs: Passive_ClosedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La page de connexion a été fermée.`)
};

/**
* | output |
* | --- |
* | "The sign-in page was closed." |
*
* @param {Passive_ClosedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const passive_closed = /** @type {((inputs?: Passive_ClosedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Passive_ClosedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_passive_closed(inputs)
	if (locale === "fr") return fr_passive_closed(inputs)
	return en_passive_closed(inputs)
});