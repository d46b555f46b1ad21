"""Table models, one QAbstractTableModel per table (named columns, a raw-value sort role)."""
