/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Activity_EmptyInputs */

const en_activity_empty = /** @type {(inputs: Activity_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No relationship changes yet. Changes you make here or from another device or client are listed.`)
};

const de_activity_empty = /** @type {(inputs: Activity_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noch keine Beziehungsänderungen. Hier stehen die Änderungen, die Sie hier oder auf einem anderen Gerät oder Client vornehmen.`)
};

const fr_activity_empty = /** @type {(inputs: Activity_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aucun changement de relation pour l’instant. Les changements faits ici ou depuis un autre appareil ou client sont listés ici.`)
};

/**
* | output |
* | --- |
* | "No relationship changes yet. Changes you make here or from another device or client are listed." |
*
* @param {Activity_EmptyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const activity_empty = /** @type {((inputs?: Activity_EmptyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Activity_EmptyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_activity_empty(inputs)
	if (locale === "fr") return fr_activity_empty(inputs)
	return en_activity_empty(inputs)
});