-- Hand-written data back-fill (no schema change). Before 0014 a repeat invitation to the same address added
-- another open row; from now on the newest one replaces the earlier ones. Mark every still-open invitation
-- that has a newer one to the same address in the same organization as replaced, at the moment the next one
-- was made, so its link stops working and the members page lists one invitation per address.
UPDATE `invitations` SET `superseded_at` = (
  SELECT min(`newer`.`created_at`) FROM `invitations` AS `newer`
  WHERE `newer`.`organization_id` = `invitations`.`organization_id`
    AND `newer`.`email` = `invitations`.`email`
    AND `newer`.`created_at` > `invitations`.`created_at`
)
WHERE `accepted_at` IS NULL AND `revoked_at` IS NULL AND `superseded_at` IS NULL AND EXISTS (
  SELECT 1 FROM `invitations` AS `newer`
  WHERE `newer`.`organization_id` = `invitations`.`organization_id`
    AND `newer`.`email` = `invitations`.`email`
    AND `newer`.`created_at` > `invitations`.`created_at`
);
