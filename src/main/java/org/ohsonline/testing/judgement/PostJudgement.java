package org.ohsonline.testing.judgement;

import java.util.List;

/**
 * The judgement of a post (岗位): 不符合 when any factor or any mixture at the post fails.
 *
 * @param post the caller's reference to the post
 * @param verdict the post's verdict
 * @param factors the factors' judgements
 * @param mixtures the mixtures' judgements
 * @param failures what decided a 不符合: each failing check with its factor (the mixture's codes
 * joined by {@code +}); empty when the post complies
 */
public record PostJudgement(String post, Verdict verdict, List<Judgement> factors, List<MixtureJudgement> mixtures,
		List<Failure> failures) {

	/** One failing rule at the post. */
	public record Failure(String hazardCode, Check check) {
	}

	public PostJudgement {
		factors = List.copyOf(factors);
		mixtures = List.copyOf(mixtures);
		failures = List.copyOf(failures);
	}

}
