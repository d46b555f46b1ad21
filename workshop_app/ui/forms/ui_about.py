# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(460, 260)
        self.verticalLayout = QVBoxLayout(AboutDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.nameLabel = QLabel(AboutDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.verticalLayout.addWidget(self.nameLabel)

        self.taglineLabel = QLabel(AboutDialog)
        self.taglineLabel.setObjectName(u"taglineLabel")
        self.taglineLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.taglineLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.versionCaption = QLabel(AboutDialog)
        self.versionCaption.setObjectName(u"versionCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionCaption)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versionLabel)

        self.fileCaption = QLabel(AboutDialog)
        self.fileCaption.setObjectName(u"fileCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileCaption)

        self.fileLabel = QLabel(AboutDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fileLabel)

        self.schemaCaption = QLabel(AboutDialog)
        self.schemaCaption.setObjectName(u"schemaCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.schemaCaption)

        self.schemaLabel = QLabel(AboutDialog)
        self.schemaLabel.setObjectName(u"schemaLabel")
        self.schemaLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.schemaLabel)


        self.verticalLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Partnership Workshop", None))
        self.nameLabel.setText(QCoreApplication.translate("AboutDialog", u"Partnership Workshop", None))
        self.taglineLabel.setText(QCoreApplication.translate("AboutDialog", u"Run partnership alignment workshops offline.", None))
        self.versionCaption.setText(QCoreApplication.translate("AboutDialog", u"Version:", None))
        self.fileCaption.setText(QCoreApplication.translate("AboutDialog", u"Workshop file:", None))
        self.schemaCaption.setText(QCoreApplication.translate("AboutDialog", u"File schema:", None))
    # retranslateUi

