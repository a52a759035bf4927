package no.nir.tilgang;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The capability an EJB method (or every method of the bean) needs; its {@code @RolesAllowed}
 * must list exactly {@link Evne#roller()} (checked by EvneTest).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Krever {
    Evne value();
}
