package org.ohsonline.declaration;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A declaration as the employer writes it (a draft, or the changes to one).
 *
 * @param employerId the employer declaring (must be the actor's own, or in the actor's region)
 * @param kind initial, change or cancellation
 * @param reasons for a change declaration, the reasons of the deadline catalog (e.g.
 * {@code NAME_CHANGE}); ignored for the other kinds
 * @param measures the protective measures in place (防护设施和个体防护)
 * @param items one per hazard factor
 */
public record DeclarationCommand(Long employerId, DeclarationKind kind, List<String> reasons, String measures,
		List<Item> items) {

	public DeclarationCommand {
		reasons = reasons == null ? List.of() : List.copyOf(reasons);
		items = items == null ? List.of() : List.copyOf(items);
	}

	/**
	 * A declared hazard factor.
	 *
	 * @param hazardCode the factor's code in the hazard-factor catalog
	 * @param exposedHeadcount workers exposed to it
	 * @param posts the posts where it occurs, as text
	 * @param measures measures specific to this factor
	 */
	@Schema(name = "DeclarationItem")
	public record Item(String hazardCode, Integer exposedHeadcount, String posts, String measures) {
	}

}
