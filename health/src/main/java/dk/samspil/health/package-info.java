/**
 * MicroProfile Health checks. They live in an EAR library jar on purpose: WildFly registers the
 * health checks it can see from the application's top level, and beans inside the WAR or the
 * EJB jar of an EAR are not visible there.
 */
package dk.samspil.health;
