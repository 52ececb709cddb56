/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contactlist_Group_ChangedInputs */

const en_contactlist_group_changed = /** @type {(inputs: Contactlist_Group_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The group was changed elsewhere meanwhile. It has been reloaded; try again.`)
};

const de_contactlist_group_changed = /** @type {(inputs: Contactlist_Group_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Gruppe wurde inzwischen anderswo geändert. Sie wurde neu geladen; versuchen Sie es erneut.`)
};

const fr_contactlist_group_changed = /** @type {(inputs: Contactlist_Group_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Le groupe a été modifié ailleurs entre-temps. Il a été rechargé ; réessayez.`)
};

/**
* | output |
* | --- |
* | "The group was changed elsewhere meanwhile. It has been reloaded; try again." |
*
* @param {Contactlist_Group_ChangedInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_group_changed = /** @type {((inputs?: Contactlist_Group_ChangedInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_Group_ChangedInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contactlist_group_changed(inputs)
	if (locale === "fr") return fr_contactlist_group_changed(inputs)
	return en_contactlist_group_changed(inputs)
});