"""From-scratch reference implementations: the mechanisms the notebooks teach, written once and tested.

The notebooks build each mechanism in front of the student, then check it against PyTorch or scikit-learn;
these modules are the tested versions that later notebooks reuse and the exercise checks compare with.

- ``activations`` – step, sigmoid, tanh, ReLU and its variants, maxout, each with its derivative (03, 06)
- ``losses``      – squared error, cross-entropy, and the loss and gradient of a sigmoid neuron (03, 04)
- ``gradients``   – finite-difference gradients and the relative error used to check backpropagation (04, 05)
- ``autograd``    – ``Value``, a scalar automatic-differentiation engine, and a drawing of its graph (05)
"""
