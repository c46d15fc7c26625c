-- Reference data every installation needs: roles, permissions, the taxonomy of
-- fields and the first search synonyms. Demo data lives in prisma/seed, not here.

-- The audit log is append-only: the application can insert, never change or remove.
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- Roles
INSERT INTO "Role" ("id", "name", "description") VALUES
  (gen_random_uuid()::text, 'member', 'Registered member: manages own organisations, listings, inquiries, applications and orders'),
  (gen_random_uuid()::text, 'moderator', 'Reviews listings and verifies organisations and experts; handles abuse reports'),
  (gen_random_uuid()::text, 'programme_officer', 'Runs the support programmes of their organisation and decides on applications'),
  (gen_random_uuid()::text, 'reviewer', 'Scores the applications assigned to them'),
  (gen_random_uuid()::text, 'admin', 'Administers users, roles, taxonomy, settings and the platform');

-- Permissions: "<action>:<entity>:<access>". "own" = objects of the user or of an
-- organisation the user belongs to; "any" = every object.
INSERT INTO "Permission" ("id", "action", "entity", "access")
SELECT gen_random_uuid()::text, p.action, p.entity, p.access
FROM (VALUES
  ('create','listing','own'), ('read','listing','own'), ('update','listing','own'), ('delete','listing','own'),
  ('read','listing','any'), ('update','listing','any'), ('delete','listing','any'), ('moderate','listing','any'),
  ('create','organization','own'), ('update','organization','own'), ('delete','organization','own'),
  ('read','organization','any'), ('update','organization','any'), ('verify','organization','any'),
  ('read','user','own'), ('update','user','own'), ('delete','user','own'),
  ('read','user','any'), ('update','user','any'), ('suspend','user','any'), ('grant','role','any'),
  ('create','inquiry','own'), ('read','inquiry','own'), ('update','inquiry','own'),
  ('create','deal','own'), ('read','deal','own'), ('update','deal','own'), ('read','deal','any'),
  ('create','application','own'), ('read','application','own'), ('update','application','own'),
  ('read','application','any'), ('update','application','any'),
  ('create','programme','own'), ('read','programme','own'), ('update','programme','own'),
  ('read','programme','any'), ('update','programme','any'),
  ('read','review','own'), ('update','review','own'), ('assign','review','own'), ('read','review','any'),
  ('create','service','own'), ('update','service','own'), ('update','service','any'),
  ('create','order','own'), ('read','order','own'), ('update','order','own'), ('read','order','any'), ('refund','order','any'),
  ('create','report','own'), ('read','report','any'), ('update','report','any'),
  ('read','audit','any'), ('update','taxonomy','any'), ('update','setting','any'),
  ('read','indicator','any'), ('read','system','any'), ('update','system','any'), ('import','listing','any')
) AS p(action, entity, access);

INSERT INTO "RolePermission" ("roleId", "permissionId")
SELECT r.id, p.id
FROM "Role" r
JOIN "Permission" p ON
  (r.name = 'member' AND p.access = 'own' AND p.entity IN
     ('listing','organization','user','inquiry','deal','application','service','order','report')
     AND NOT (p.entity = 'listing' AND p.action = 'read' AND p.access = 'any'))
  OR (r.name = 'moderator' AND (p.action, p.entity, p.access) IN
     (('read','listing','any'), ('update','listing','any'), ('moderate','listing','any'),
      ('read','organization','any'), ('verify','organization','any'), ('read','user','any'),
      ('read','report','any'), ('update','report','any'), ('read','indicator','any')))
  OR (r.name = 'programme_officer' AND (p.action, p.entity, p.access) IN
     (('create','programme','own'), ('read','programme','own'), ('update','programme','own'),
      ('read','application','any'), ('update','application','any'), ('assign','review','own'),
      ('read','review','any'), ('read','indicator','any')))
  OR (r.name = 'reviewer' AND (p.action, p.entity, p.access) IN
     (('read','review','own'), ('update','review','own')))
  OR (r.name = 'admin' AND (p.access = 'any' OR (p.action, p.entity) IN (('assign','review'), ('create','programme'))));

-- Fields of technology (admins edit them later; slugs are stable identifiers).
INSERT INTO "Field" ("id", "slug", "nameVi", "nameEn", "sortOrder") VALUES
  (gen_random_uuid()::text, 'agriculture', 'Nông nghiệp', 'Agriculture', 10),
  (gen_random_uuid()::text, 'aquaculture', 'Thủy sản', 'Aquaculture & fisheries', 20),
  (gen_random_uuid()::text, 'textile-garment', 'Dệt may', 'Textile & garment', 30),
  (gen_random_uuid()::text, 'mechanical-engineering', 'Cơ khí chế tạo', 'Mechanical engineering', 40),
  (gen_random_uuid()::text, 'shipbuilding', 'Đóng tàu', 'Shipbuilding', 45),
  (gen_random_uuid()::text, 'electrical-electronics', 'Điện - điện tử', 'Electrical & electronics', 50),
  (gen_random_uuid()::text, 'it-digital', 'CNTT & chuyển đổi số', 'IT & digital transformation', 60),
  (gen_random_uuid()::text, 'automation', 'Tự động hóa', 'Automation & robotics', 65),
  (gen_random_uuid()::text, 'environment', 'Môi trường', 'Environment', 70),
  (gen_random_uuid()::text, 'energy', 'Năng lượng', 'Energy', 80),
  (gen_random_uuid()::text, 'health-pharma', 'Y dược', 'Health & pharma', 90),
  (gen_random_uuid()::text, 'materials', 'Vật liệu', 'Materials', 100),
  (gen_random_uuid()::text, 'food-processing', 'Chế biến thực phẩm', 'Food processing', 110),
  (gen_random_uuid()::text, 'biotechnology', 'Công nghệ sinh học', 'Biotechnology', 120),
  (gen_random_uuid()::text, 'construction', 'Xây dựng', 'Construction', 130),
  (gen_random_uuid()::text, 'logistics', 'Logistics', 'Logistics', 140);

-- Search synonyms (both directions are applied when pushed to Meilisearch).
INSERT INTO "SearchSynonym" ("id", "term", "synonyms", "updatedAt") VALUES
  (gen_random_uuid()::text, 'AI', ARRAY['trí tuệ nhân tạo', 'artificial intelligence'], now()),
  (gen_random_uuid()::text, 'IoT', ARRAY['internet vạn vật', 'internet of things'], now()),
  (gen_random_uuid()::text, 'xử lý nước thải', ARRAY['wastewater treatment'], now()),
  (gen_random_uuid()::text, 'chuyển đổi số', ARRAY['digital transformation'], now()),
  (gen_random_uuid()::text, 'năng lượng tái tạo', ARRAY['renewable energy'], now()),
  (gen_random_uuid()::text, 'điện mặt trời', ARRAY['solar power', 'năng lượng mặt trời'], now()),
  (gen_random_uuid()::text, 'nuôi trồng thủy sản', ARRAY['aquaculture'], now()),
  (gen_random_uuid()::text, 'dệt may', ARRAY['textile', 'garment'], now());

-- Platform settings with sensible defaults; the province is a setting, never code.
INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES
  ('province', '{"nameVi": "Ninh Bình", "nameEn": "Ninh Binh", "agencyVi": "Sở Khoa học và Công nghệ", "agencyEn": "Department of Science and Technology"}', now()),
  ('platformFeePercent', '10', now()),
  ('privacyNoticeVersion', '"2026-01"', now());
