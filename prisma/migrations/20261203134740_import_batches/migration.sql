-- CreateTable
CREATE TABLE "import_batches" (
    "id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "investigation" TEXT NOT NULL DEFAULT '',
    "imported_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "report" JSONB NOT NULL,
    "extras" JSONB NOT NULL,

    CONSTRAINT "import_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "imported_records" (
    "id" UUID NOT NULL,
    "batch_id" UUID NOT NULL,
    "section" TEXT NOT NULL,
    "original_id" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "linked" BOOLEAN NOT NULL,
    "original" JSONB NOT NULL,

    CONSTRAINT "imported_records_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "import_batches_sha256_investigation_key" ON "import_batches"("sha256", "investigation");

-- CreateIndex
CREATE INDEX "imported_records_ref_idx" ON "imported_records"("ref");

-- CreateIndex
CREATE UNIQUE INDEX "imported_records_batch_id_original_id_key" ON "imported_records"("batch_id", "original_id");

-- AddForeignKey
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "imported_records" ADD CONSTRAINT "imported_records_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "import_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Only the dossier's sections name a record's kind.
ALTER TABLE "imported_records" ADD CONSTRAINT "imported_records_section_check"
  CHECK ("section" IN ('sources', 'actors', 'events', 'sanctions', 'transfers', 'claims'));
