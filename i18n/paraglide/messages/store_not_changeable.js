/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Store_Not_ChangeableInputs */

const en_store_not_changeable = /** @type {(inputs: Store_Not_ChangeableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server does not let you change it.`)
};

const de_store_not_changeable = /** @type {(inputs: Store_Not_ChangeableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server lässt Sie das nicht ändern.`)
};

const fr_store_not_changeable = /** @type {(inputs: Store_Not_ChangeableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le serveur ne vous permet pas de le modifier.`)
};

/**
* | output |
* | --- |
* | "The server does not let you change it." |
*
* @param {Store_Not_ChangeableInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const store_not_changeable = /** @type {((inputs?: Store_Not_ChangeableInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Store_Not_ChangeableInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_store_not_changeable(inputs)
	if (locale === "fr") return fr_store_not_changeable(inputs)
	return en_store_not_changeable(inputs)
});