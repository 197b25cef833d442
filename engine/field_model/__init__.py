"""Tier 2's field model: a gradient-boosted ranker over tier 1's candidates, run with onnxruntime.

* `features`: the candidates of each field and their features (shared by training and run time);
* `model`: loading `models/field_model.onnx`, scoring, calibration, and `FieldModel.rerank`;
* `train` (needs the `train` extra: scikit-learn, skl2onnx): builds the model from the synthetic
  corpus and the SROIE training split; `python -m engine.field_model.train --out models/field_model.onnx`.
"""

from engine.field_model.features import FEATURES, FIELD_PATHS, FIELDS
from engine.field_model.model import MODEL_FILE, FieldModel, default_model

__all__ = ["FEATURES", "FIELDS", "FIELD_PATHS", "MODEL_FILE", "FieldModel", "default_model"]
