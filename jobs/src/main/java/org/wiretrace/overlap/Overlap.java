package org.wiretrace.overlap;

import static org.apache.spark.sql.functions.col;
import static org.wiretrace.Columns.DOC_A;
import static org.wiretrace.Columns.DOC_B;
import static org.wiretrace.Columns.columns;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.wiretrace.Stage;
import org.wiretrace.StageContext;
import org.wiretrace.graph.ConnectedComponents;
import org.wiretrace.ingest.DocumentsTable;
import org.wiretrace.terms.DocTermsTable;

/**
 * Stage {@code overlap}: pairs of documents sharing text (doc_pairs), the passages they share (passages), and the
 * outlet-by-outlet matrix (source_overlap). Candidate pairs come from a shingle index and MinHash LSH
 * ({@link Candidates}), never from all pairs; every candidate is then measured exactly. TF-IDF cosine reads the
 * terms stage's doc_terms when a run has it, else it is null, so the stage also runs after ingest alone.
 */
public final class Overlap implements Stage {

  /**
   * The three published tables and the intermediate results they share, cached until {@link #release}. doc_pairs
   * takes the terms stage's doc_terms for its cosine, so that a run reads them only once the passages are written.
   */
  static final class Tables {
    private final Dataset<Row> documents;
    private final Dataset<Row> kept;
    private final Dataset<Row> components;
    private final Dataset<Row> passages;
    private final Dataset<Row> sourceOverlap;
    private final List<Dataset<Row>> cached;

    private Tables(Dataset<Row> documents, Dataset<Row> kept, Dataset<Row> components, Dataset<Row> passages,
        Dataset<Row> sourceOverlap, List<Dataset<Row>> cached) {
      this.documents = documents;
      this.kept = kept;
      this.components = components;
      this.passages = passages;
      this.sourceOverlap = sourceOverlap;
      this.cached = new ArrayList<>(cached);
    }

    /** doc_pairs, its TF-IDF cosine from doc_terms (null without them). */
    Dataset<Row> docPairs(Dataset<Row> docTerms) {
      Dataset<Row> weights = null;
      if (docTerms != null) {
        weights = PairMeasures.pairedWeights(kept, docTerms).persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(weights);
      }
      return NearDuplicates.withClusterId(PairMeasures.withCosine(PairMeasures.withOrigin(kept, documents), weights),
          components).select(columns(DocPairsTable.SCHEMA));
    }

    Dataset<Row> passages() {
      return passages;
    }

    Dataset<Row> sourceOverlap() {
      return sourceOverlap;
    }

    void release() {
      cached.forEach(Dataset::unpersist);
    }
  }

  private final OverlapOptions options;

  public Overlap(OverlapOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "overlap";
  }

  @Override
  public OverlapOptions options() {
    return options;
  }

  @Override
  public List<String> needs() {
    return List.of(DocumentsTable.NAME);
  }

  @Override
  public List<String> uses() {
    return List.of(DocTermsTable.NAME);
  }

  @Override
  public List<String> writes() {
    return List.of(DocPairsTable.NAME, PassagesTable.NAME, SourceOverlapTable.NAME);
  }

  @Override
  public void run(StageContext context) {
    Tables tables = tables(context.table(DocumentsTable.NAME), options);
    context.write(PassagesTable.NAME, tables.passages());
    // Only now wait for the terms stage's doc_terms, if this run makes them: the passages are written meanwhile.
    context.write(DocPairsTable.NAME,
        tables.docPairs(context.hasTable(DocTermsTable.NAME) ? context.table(DocTermsTable.NAME) : null));
    context.write(SourceOverlapTable.NAME, tables.sourceOverlap());
    tables.release();
  }

  /** The stage's tables from documents; cached parts stay cached for the writes. */
  static Tables tables(Dataset<Row> documents, OverlapOptions options) {
    Dataset<Row> sets = Candidates.sets(documents, options.shingleWords()).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> verified = PairMeasures.verified(Candidates.pairs(sets, options), sets)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> kept = verified.filter(PairMeasures.kept(options)).persist(StorageLevel.MEMORY_AND_DISK());
    // A run of minPassageWords identical words holds minPassageWords - k + 1 shingles.
    Column sharesARun = col(DocPairsTable.SHARED).geq(options.minPassageWords() - options.shingleWords() + 1);
    Dataset<Row> aligned = SharedPassages.aligned(verified.filter(PairMeasures.kept(options).or(sharesARun)),
        documents, options.aligner()).persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> components = ConnectedComponents.of(
        kept.filter(col(DocPairsTable.JACCARD).geq(options.clusterJaccard())));
    Dataset<Row> linked = kept.select(DOC_A, DOC_B)
        .union(aligned.select(DOC_A, DOC_B)).distinct();
    Dataset<Row> docs = SourceOverlap.docs(documents, sets).persist(StorageLevel.MEMORY_AND_DISK());
    return new Tables(documents, kept, components, aligned.select(columns(PassagesTable.SCHEMA)),
        SourceOverlap.of(linked, aligned, docs), List.of(sets, verified, kept, aligned, docs));
  }

}
