package cn.jiedaoflow.owners;

import java.time.OffsetDateTime;

/**
 * An estate with the counts of its register.
 *
 * @param id                 the estate's id
 * @param name               its name
 * @param address            district and street address
 * @param createdBy          the staff user who created it
 * @param createdAt          when
 * @param registerImportedBy who last imported its register; {@code null} before the first import
 * @param registerImportedAt when; {@code null} before the first import
 * @param counts             units, total area and headcount of the register as it stands
 */
record EstateView(
        long id,
        String name,
        String address,
        String createdBy,
        OffsetDateTime createdAt,
        String registerImportedBy,
        OffsetDateTime registerImportedAt,
        RegisterCount counts) {}
