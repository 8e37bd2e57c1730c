package cn.sd.pairing.change;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import cn.sd.pairing.filing.FilingForm;
import java.util.List;

/**
 * What the applicant sends for a change filing. Field paths in error answers follow this shape:
 * {@code content.projects[0].name}, {@code addedUnitIds[1]}, {@code reason}, {@code attachments.CONSENT}.
 *
 * @param content the proposed version of the filing's content, checked by the filing form's own rules (its zoneId
 *     and universityId are ignored: the parties of a pairing do not change)
 * @param addedUnitIds internal units/teams of the pairing's university to add as participants
 * @param reason why the pairing changes (变更原因); required on submission, ≤ 500 characters
 * @param version the version read with the change; a save based on an older one is refused (409). Null skips it.
 */
public record ChangeForm(
    @Valid FilingForm content,
    @Size(max = 200, message = "新增参与单位过多") List<Long> addedUnitIds,
    @Size(max = 5000, message = "变更原因过长") String reason,
    Integer version) {}
