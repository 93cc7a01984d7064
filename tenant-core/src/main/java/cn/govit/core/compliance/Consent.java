package cn.govit.core.compliance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** 市政府同意 (Art. 33): the date and 文号 of the city government's consent; the signed document travels beside it. */
public record Consent(@NotNull @PastOrPresent LocalDate date, @NotBlank @Size(max = 100) String documentNumber) {
}
