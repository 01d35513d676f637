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
 * @param totalExposed the workers exposed to any of the declared factors, each counted once however
 * many factors they are exposed to (接触职业病危害因素总人数, 不重复计); at most the employer's workforce
 * and at most the sum of the items' headcounts, at least the largest of them
 * @param management the principal responsible person, the occupational-health organisation and
 * managers, and their training
 * @param items one per hazard factor
 */
public record DeclarationCommand(Long employerId, DeclarationKind kind, List<String> reasons, String measures,
		Integer totalExposed, DeclarationManagement management, List<Item> items) {

	public DeclarationCommand {
		reasons = reasons == null ? List.of() : List.copyOf(reasons);
		items = items == null ? List.of() : List.copyOf(items);
		management = management == null ? DeclarationManagement.EMPTY : management;
	}

	/**
	 * A declared hazard factor.
	 *
	 * @param hazardCode the factor's code in the hazard-factor catalog
	 * @param exposedHeadcount the workers exposed to it, each counted once
	 * @param posts the posts where it occurs, as text
	 * @param measures measures specific to this factor
	 */
	@Schema(name = "DeclarationItem")
	public record Item(String hazardCode, Integer exposedHeadcount, String posts, String measures) {
	}

}
