/**
 * JPA converters shared by the entities. Ground layer: no NIR dependencies.
 */
package no.nir.plattform.jpa;
