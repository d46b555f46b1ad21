# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workshop_details.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QSizePolicy, QSpacerItem, QWidget)

class Ui_WorkshopDetailsForm(object):
    def setupUi(self, WorkshopDetailsForm):
        if not WorkshopDetailsForm.objectName():
            WorkshopDetailsForm.setObjectName(u"WorkshopDetailsForm")
        WorkshopDetailsForm.resize(560, 420)
        self.formLayout = QFormLayout(WorkshopDetailsForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleCaption = QLabel(WorkshopDetailsForm)
        self.titleCaption.setObjectName(u"titleCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleCaption)

        self.titleEdit = QLineEdit(WorkshopDetailsForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.purposeCaption = QLabel(WorkshopDetailsForm)
        self.purposeCaption.setObjectName(u"purposeCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.purposeCaption)

        self.purposeCombo = QComboBox(WorkshopDetailsForm)
        self.purposeCombo.setObjectName(u"purposeCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.purposeCombo)

        self.secondaryCaption = QLabel(WorkshopDetailsForm)
        self.secondaryCaption.setObjectName(u"secondaryCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.secondaryCaption)

        self.secondaryList = QListWidget(WorkshopDetailsForm)
        self.secondaryList.setObjectName(u"secondaryList")
        self.secondaryList.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.secondaryList)

        self.phaseCaption = QLabel(WorkshopDetailsForm)
        self.phaseCaption.setObjectName(u"phaseCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phaseCaption)

        self.phaseCombo = QComboBox(WorkshopDetailsForm)
        self.phaseCombo.setObjectName(u"phaseCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phaseCombo)

        self.dateCaption = QLabel(WorkshopDetailsForm)
        self.dateCaption.setObjectName(u"dateCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dateCaption)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.dateLayout)

        self.locationCaption = QLabel(WorkshopDetailsForm)
        self.locationCaption.setObjectName(u"locationCaption")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.locationCaption)

        self.locationEdit = QLineEdit(WorkshopDetailsForm)
        self.locationEdit.setObjectName(u"locationEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.facilitatorCaption = QLabel(WorkshopDetailsForm)
        self.facilitatorCaption.setObjectName(u"facilitatorCaption")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.facilitatorCaption)

        self.facilitatorEdit = QLineEdit(WorkshopDetailsForm)
        self.facilitatorEdit.setObjectName(u"facilitatorEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.facilitatorEdit)

        self.thresholdCaption = QLabel(WorkshopDetailsForm)
        self.thresholdCaption.setObjectName(u"thresholdCaption")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.thresholdCaption)

        self.thresholdSpin = QDoubleSpinBox(WorkshopDetailsForm)
        self.thresholdSpin.setObjectName(u"thresholdSpin")
        self.thresholdSpin.setDecimals(2)
        self.thresholdSpin.setMinimum(0.050000000000000)
        self.thresholdSpin.setMaximum(1.000000000000000)
        self.thresholdSpin.setSingleStep(0.050000000000000)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.thresholdSpin)

        self.confidentialityCaption = QLabel(WorkshopDetailsForm)
        self.confidentialityCaption.setObjectName(u"confidentialityCaption")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.confidentialityCaption)

        self.confidentialityEdit = QLineEdit(WorkshopDetailsForm)
        self.confidentialityEdit.setObjectName(u"confidentialityEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.confidentialityEdit)

        self.blindCheck = QCheckBox(WorkshopDetailsForm)
        self.blindCheck.setObjectName(u"blindCheck")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.blindCheck)

        self.attributeCheck = QCheckBox(WorkshopDetailsForm)
        self.attributeCheck.setObjectName(u"attributeCheck")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.attributeCheck)

#if QT_CONFIG(shortcut)
        self.titleCaption.setBuddy(self.titleEdit)
        self.purposeCaption.setBuddy(self.purposeCombo)
        self.secondaryCaption.setBuddy(self.secondaryList)
        self.phaseCaption.setBuddy(self.phaseCombo)
        self.locationCaption.setBuddy(self.locationEdit)
        self.facilitatorCaption.setBuddy(self.facilitatorEdit)
        self.thresholdCaption.setBuddy(self.thresholdSpin)
        self.confidentialityCaption.setBuddy(self.confidentialityEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.purposeCombo)
        QWidget.setTabOrder(self.purposeCombo, self.secondaryList)
        QWidget.setTabOrder(self.secondaryList, self.phaseCombo)
        QWidget.setTabOrder(self.phaseCombo, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.facilitatorEdit)
        QWidget.setTabOrder(self.facilitatorEdit, self.thresholdSpin)
        QWidget.setTabOrder(self.thresholdSpin, self.confidentialityEdit)
        QWidget.setTabOrder(self.confidentialityEdit, self.blindCheck)
        QWidget.setTabOrder(self.blindCheck, self.attributeCheck)

        self.retranslateUi(WorkshopDetailsForm)

        QMetaObject.connectSlotsByName(WorkshopDetailsForm)
    # setupUi

    def retranslateUi(self, WorkshopDetailsForm):
        self.titleCaption.setText(QCoreApplication.translate("WorkshopDetailsForm", u"&Title:", None))
        self.purposeCaption.setText(QCoreApplication.translate("WorkshopDetailsForm", u"&Primary purpose:", None))
        self.secondaryCaption.setText(QCoreApplication.translate("WorkshopDetailsForm", u"&Secondary purposes:", None))
        self.phaseCaption.setText(QCoreApplication.translate("WorkshopDetailsForm", u"P&hase:", None))
        self.dateCaption.setText(QCoreApplication.translate("WorkshopDetailsForm", u"&Date:", None))
        self.locationCaption.setText(QCoreApplication.translate("WorkshopDetailsForm", u"&Location:", None))
        self.facilitatorCaption.setText(QCoreApplication.translate("WorkshopDetailsForm", u"&Facilitator:", None))
        self.thresholdCaption.setText(QCoreApplication.translate("WorkshopDetailsForm", u"&Gap threshold:", None))
#if QT_CONFIG(tooltip)
        self.thresholdSpin.setToolTip(QCoreApplication.translate("WorkshopDetailsForm", u"Questions whose alignment is below this value are listed as gaps.", None))
#endif // QT_CONFIG(tooltip)
        self.confidentialityCaption.setText(QCoreApplication.translate("WorkshopDetailsForm", u"&Confidentiality label:", None))
        self.blindCheck.setText(QCoreApplication.translate("WorkshopDetailsForm", u"&Blind mode: nobody sees other answers until the facilitator reveals them", None))
        self.attributeCheck.setText(QCoreApplication.translate("WorkshopDetailsForm", u"Reports may name who &wrote a comment", None))
        pass
    # retranslateUi

