/**
 * Practice stories (praksisfortællinger): what participants did with partners after a course, told
 * in their own words with pictures, published to the cohort, everyone logged in or the public once
 * every named partner organisation has consented, revocable by the author and moderated by the
 * college's consultants.
 */
package dk.samspil.story;
