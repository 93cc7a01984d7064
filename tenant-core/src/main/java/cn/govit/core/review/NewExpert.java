package cn.govit.core.review;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An expert or a third-party organisation the bureau adds to its pool. */
public record NewExpert(@NotBlank @Size(max = 100) String name,
                        @NotBlank @Pattern(regexp = "EXPERT|THIRD_PARTY") String kind,
                        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 40) @Pattern(regexp = "[^,]*") String> specialties,
                        @NotBlank @Size(max = 200) String employer, @Size(max = 200) String contact, Boolean available,
                        @Size(max = 100) String username) {
}
