/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Contactlist_Read_OnlyInputs */

const en_contactlist_read_only = /** @type {(inputs: Contactlist_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your server does not let apps change your contact list (it needs the unified contact store), so adding, removing and groups are not offered here.`)
};

const de_contactlist_read_only = /** @type {(inputs: Contactlist_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Server lässt Apps Ihre Kontaktliste nicht ändern (dafür braucht er den einheitlichen Kontaktspeicher), daher werden Hinzufügen, Entfernen und Gruppen hier nicht angeboten.`)
};

const fr_contactlist_read_only = /** @type {(inputs: Contactlist_Read_OnlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Votre serveur ne permet pas aux applications de modifier votre liste de contacts (il lui faut le magasin de contacts unifié) : l’ajout, la suppression et les groupes ne sont donc pas proposés ici.`)
};

/**
* | output |
* | --- |
* | "Your server does not let apps change your contact list (it needs the unified contact store), so adding, removing and groups are not offered here." |
*
* @param {Contactlist_Read_OnlyInputs} inputs
* @param {{ locale?: "en" | "de" | "fr" }} options
* @returns {LocalizedString}
*/
export const contactlist_read_only = /** @type {((inputs?: Contactlist_Read_OnlyInputs, options?: { locale?: "en" | "de" | "fr" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Contactlist_Read_OnlyInputs, { locale?: "en" | "de" | "fr" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "de") return de_contactlist_read_only(inputs)
	if (locale === "fr") return fr_contactlist_read_only(inputs)
	return en_contactlist_read_only(inputs)
});