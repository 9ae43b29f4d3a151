"""Language processing that runs offline: sentence splitting, words, stems, stop words."""
