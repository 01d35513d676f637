package org.ohsonline.radiation;

import io.swagger.v3.oas.annotations.media.Schema;

/** A post of the register marked as a radiation post, with its occupational category. */
@Schema(name = "RadiationPost")
public record RadiationPost(long postId, String postName, String categoryCode, String categoryName) {
}
