/**
 * The rules of Kieswet chapter P as small classes, one per article. Not an API: other modules use
 * {@link nl.stemwerk.kieswet.apportionment.Apportionment}.
 */
package nl.stemwerk.kieswet.apportionment.internal;
