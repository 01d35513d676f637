package org.ohsonline.registry;

/** A worker to register: the identity number is validated, encrypted and never stored in clear. */
public record WorkerCommand(String idNumber, String name, String mobile) {

	@Override
	public String toString() {
		return "WorkerCommand[idNumber=" + org.ohsonline.shared.Masking.idNumber(this.idNumber) + ", name=" + this.name + "]";
	}

}
