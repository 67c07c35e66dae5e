#!/usr/bin/env node
"use strict";
require("../dist/disclint.cjs");
